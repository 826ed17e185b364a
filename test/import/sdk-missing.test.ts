import { describe, expect, it, vi } from 'vitest';
import { liveSource } from '../../src/import/live.js';
import { Notes } from '../../src/import/values.js';

vi.mock('@alicloud/openapi-client', () => {
  throw Object.assign(new Error("Cannot find package '@alicloud/openapi-client'"), { code: 'ERR_MODULE_NOT_FOUND' });
});

describe('import --live without the SDK', () => {
  it('says which packages to install (exit 2 through the error handler)', async () => {
    await expect(liveSource({}).fetch(new Notes(), () => undefined)).rejects.toMatchObject({
      message: '--live needs Alibaba Cloud\'s SDK, which is not installed (@alicloud/openapi-client@0.4.15 @alicloud/credentials@2.4.7 @alicloud/gateway-sls@0.3.2)',
      hint: 'npm install @alicloud/openapi-client@0.4.15 @alicloud/credentials@2.4.7 @alicloud/gateway-sls@0.3.2',
    });
  });
});
