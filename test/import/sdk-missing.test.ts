import { describe, expect, it } from 'vitest';
import { liveSource } from '../../src/import/live.js';
import { Notes } from '../../src/import/values.js';
import { scratch } from './helpers.js';

describe('import --live without the SDK', () => {
  it('says which packages to install', async () => {
    await expect(liveSource({ sdkFrom: scratch() }).fetch(new Notes())).rejects.toMatchObject({
      message: "--live needs Alibaba Cloud's SDK, which is not installed (@alicloud/openapi-client@0.4.15 @alicloud/credentials@2.4.7 @alicloud/gateway-sls@0.3.2)",
      hint: 'npm install @alicloud/openapi-client@0.4.15 @alicloud/credentials@2.4.7 @alicloud/gateway-sls@0.3.2',
    });
  });
});
