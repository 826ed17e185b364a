/**
 * Calls Alibaba Cloud's OpenAPI with the official SDK (the generic `@alicloud/openapi-client`,
 * `@alicloud/credentials` for the standard credential chain, `@alicloud/gateway-sls` for Log
 * Service). Bodies are taken as text and read with the exact JSON reader, so amounts never pass
 * through a float. Faults become clear errors naming the call; throttling and network errors are
 * retried with backoff. The SDK is an optional dependency, loaded only here.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { UsageError } from '../util/usage-error.js';
import { parseJsonExact, type JsonValue } from './json-exact.js';
import { say } from './messages.js';

/** The SDK packages --live needs. */
const SDK_PACKAGES = ['@alicloud/openapi-client@0.4.15', '@alicloud/credentials@2.4.7', '@alicloud/gateway-sls@0.3.2'];

/** How one product is reached. */
interface ProductInfo {
  version: string;
  /** The production endpoint (per region when regional). */
  endpoint: (region: string | undefined) => string;
  /** The RAM permission prefix of its actions (`ram`, `bssapi`, `log`, …). */
  permission: string;
}

/** Where and how each product is called. */
const PRODUCT_INFO: Record<string, ProductInfo> = {
  Sts: { version: '2015-04-01', endpoint: () => 'sts.aliyuncs.com', permission: 'sts' },
  Ims: { version: '2019-08-15', endpoint: () => 'ims.aliyuncs.com', permission: 'ims' },
  Ram: { version: '2015-05-01', endpoint: () => 'ram.aliyuncs.com', permission: 'ram' },
  BssOpenApi: { version: '2017-12-14', endpoint: () => 'business.aliyuncs.com', permission: 'bssapi' },
  Ecs: { version: '2014-05-26', endpoint: (r) => (r ? `ecs.${r}.aliyuncs.com` : 'ecs.aliyuncs.com'), permission: 'ecs' },
  Rds: { version: '2014-08-15', endpoint: () => 'rds.aliyuncs.com', permission: 'rds' },
  Hbr: { version: '2017-09-08', endpoint: (r) => `hbr.${r}.aliyuncs.com`, permission: 'hbr' },
  Actiontrail: { version: '2020-07-06', endpoint: (r) => `actiontrail.${r}.aliyuncs.com`, permission: 'actiontrail' },
  Sls: { version: '2020-12-30', endpoint: (r) => `${r}.log.aliyuncs.com`, permission: 'log' },
};

/** Options of the live client. */
export interface LiveClientOptions {
  /** The aliyun CLI configuration profile to take credentials from. */
  profile?: string;
  /** Test only: the endpoint (host:port, plain HTTP) of a product in a region, instead of the production one; for Log Service the project is put before it. */
  endpoint?: (product: string, region: string | undefined) => string;
  /** Attempts per call when throttled or on a network error (default 4). */
  attempts?: number;
  /** First backoff delay in milliseconds, doubled each retry (default 500). */
  backoffMs?: number;
  /** Test only: the folder to resolve the SDK packages from (default: this package's own). */
  sdkFrom?: string;
}

/** An error answer that is itself the answer (an entity that does not exist). */
export class ErrorAnswer {
  constructor(readonly body: JsonValue) {}
}

type SdkModule = Record<string, unknown> & { default?: unknown };
type AnyClass = new (...args: unknown[]) => Record<string, unknown>;

/** A named export of a CommonJS module loaded by import(), whichever way the loader wrapped it. */
function pick(mod: SdkModule, name: string): AnyClass {
  const inner = mod.default as SdkModule | undefined;
  const found = name === 'default' ? (inner?.default ?? inner) : (mod[name] ?? inner?.[name]);
  return found as AnyClass;
}

/**
 * Loads the SDK (CommonJS packages) with require, which works both from the ES modules and from
 * the bundled CLI (a vm.Script, where import() of a package is not available).
 */
function loadSdk(from: string | undefined): { client: SdkModule; credentials: SdkModule; sls: SdkModule } {
  const load = createRequire(from ? path.join(from, 'noop.js') : import.meta.url);
  try {
    return {
      client: load('@alicloud/openapi-client') as SdkModule,
      credentials: load('@alicloud/credentials') as SdkModule,
      sls: load('@alicloud/gateway-sls') as SdkModule,
    };
  } catch (error) {
    const codes = [error, (error as { cause?: unknown }).cause].map((e) => (e as NodeJS.ErrnoException | undefined)?.code);
    if (codes.some((code) => code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND')) {
      const packages = SDK_PACKAGES.join(' ');
      throw new UsageError(say('sdkMissing', { packages }), say('sdkMissingHint', { packages }));
    }
    throw error;
  }
}

const AUTH_RE = /^(InvalidAccessKeyId|SignatureDoesNotMatch|InvalidSecurityToken|IncompleteSignature|InvalidAccessKeySecret|InvalidTimeStamp|SignatureNonceUsed|InvalidAuthorization)/i;
const DENIED_RE = /^(Forbidden|NoPermission|NotAuthorized|AccessDenied|Unauthorized|InvalidUser\.Unauthorized)/i;
const THROTTLED_RE = /^(Throttling|ServiceUnavailable|TooManyRequests|RequestTooFrequent|InternalError|ServerBusy)/i;
const ABSENT_RE = /^(EntityNotExist|LogStoreNotExist|ProjectNotExist|InvalidDBInstanceId\.NotFound|InvalidOrderId\.NotFound)/;
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EAI_AGAIN', 'ENOTFOUND', 'EPIPE', 'ReadTimeout', 'ConnectTimeout', 'ECONNABORTED', 'EHOSTUNREACH', 'UND_ERR_SOCKET']);
/** Codes that say a product is not available to the account or in a region: its data stays unknown. */
export const UNAVAILABLE_RE = /(ENOTFOUND|NotOpen|NotActivated|NotEnabled|NotSupport|Unsupported|InvalidAction\.NotFound|InvalidRegionId|ServiceNotOpened|UnsupportedRegion)/i;

interface SdkError {
  code?: string;
  statusCode?: number;
  message?: string;
  data?: Record<string, unknown>;
  name?: string;
}

/** A recognised fault of a call. */
export class CallFault extends UsageError {
  constructor(
    message: string,
    hint: string | undefined,
    /** The API's error code, when it gave one. */
    readonly code: string | undefined,
  ) {
    super(message, hint);
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The live client: `call(product, action, args, region, label)` returns the body, or an ErrorAnswer for an absent entity. */
export async function createLiveClient(options: LiveClientOptions) {
  const sdk = loadSdk(options.sdkFrom);
  const Client = pick(sdk.client, 'default');
  const Config = pick(sdk.client, 'Config');
  const Params = pick(sdk.client, 'Params');
  const OpenApiRequest = pick(sdk.client, 'OpenApiRequest');
  const Credential = pick(sdk.credentials, 'default');
  let credential: unknown;
  try {
    const Cli = pick(sdk.credentials, 'CLIProfileCredentialsProvider') as unknown as { builder(): { withProfileName(n: string): { build(): unknown } } };
    credential = options.profile ? new Credential(null, Cli.builder().withProfileName(options.profile).build()) : new Credential();
  } catch (error) {
    throw new UsageError(say('noCredentials', { reason: (error as Error).message }), say('authHint'));
  }
  const protocol = options.endpoint ? 'HTTP' : 'HTTPS';
  const clients = new Map<string, Record<string, unknown>>();
  const clientFor = (product: string, region: string | undefined) => {
    const info = PRODUCT_INFO[product]!;
    const endpoint = options.endpoint ? options.endpoint(product, region) : info.endpoint(region);
    const id = `${product}@${endpoint}`;
    let client = clients.get(id);
    if (!client) {
      client = new Client(new Config({ credential, endpoint, protocol, regionId: region, readTimeout: 20_000, connectTimeout: 10_000 }));
      if (product === 'Sls') Object.assign(client, { _productId: 'Sls', _spi: new (pick(sdk.sls, 'default'))(), _endpointRule: 'central' });
      clients.set(id, client);
    }
    return client;
  };
  const attempts = options.attempts ?? 4;
  const backoff = options.backoffMs ?? 500;

  const once = async (product: string, action: string, args: Record<string, string>, region: string | undefined): Promise<string> => {
    const client = clientFor(product, region) as Record<string, (...a: unknown[]) => Promise<{ body: unknown }>>;
    const version = PRODUCT_INFO[product]!.version;
    if (product === 'Sls') {
      const { project, logstore } = args as { project: string; logstore: string };
      const params = new Params({ action, version, protocol, pathname: `/logstores/${encodeURIComponent(logstore)}`, method: 'GET', authType: 'AK', style: 'ROA', reqBodyType: 'json', bodyType: 'string' });
      return String((await client.execute!(params, new OpenApiRequest({ hostMap: { project } }), { autoretry: false })).body);
    }
    const params = new Params({ action, version, protocol, pathname: '/', method: 'POST', authType: 'AK', style: 'RPC', reqBodyType: 'formData', bodyType: 'string' });
    return String((await client.callApi!(params, new OpenApiRequest({ query: args }), { autoretry: false })).body);
  };

  /** Calls one action; `label` names it in errors (e.g. `Ram.GetUser(zhang.wei)`). */
  return async function call(product: string, action: string, args: Record<string, string>, region: string | undefined, label: string): Promise<JsonValue | ErrorAnswer> {
    for (let attempt = 1; ; attempt++) {
      let text: string;
      try {
        text = await once(product, action, args, region);
      } catch (raw) {
        const error = raw as SdkError;
        const code = error.code && error.code !== 'undefined' ? error.code : undefined;
        const status = error.statusCode ?? (error.data?.statusCode as number | undefined);
        const credentials = status === undefined && code === undefined && /credential|aliyun cli config|profile with|access ?key|oidc/i.test(String(error.message));
        if (credentials) throw new CallFault(say('noCredentials', { reason: String(error.message).split('\n')[0]! }), say('authHint'), undefined);
        const network = status === undefined && (NETWORK_CODES.has(String(error.code)) || /socket|ECONN|timeout|network/i.test(`${error.name} ${error.message}`));
        // A name that does not resolve (a product with no endpoint in a region) is final, not retried.
        const unresolved = network && String(error.code) === 'ENOTFOUND';
        const retryable = (network && !unresolved) || (code !== undefined && THROTTLED_RE.test(code)) || status === 429 || (status !== undefined && status >= 500);
        if (retryable && attempt < attempts) {
          await sleep(backoff * 2 ** (attempt - 1));
          continue;
        }
        if (network) throw new CallFault(say('networkFailed', { call: label, reason: String(error.code ?? error.message).split('\n')[0]!, attempts: attempt }), say('networkHint'), unresolved ? 'ENOTFOUND' : undefined);
        if (retryable) throw new CallFault(say('throttled', { call: label, attempts: attempt }), say('throttledHint'), code);
        if (code && ABSENT_RE.test(code) && error.data) {
          const { statusCode: _drop, ...body } = error.data;
          void _drop;
          return new ErrorAnswer(parseJsonExact(JSON.stringify(body)));
        }
        if ((code && AUTH_RE.test(code)) || (status === 401 && product !== 'Sls')) {
          throw new CallFault(say('authFailed', { call: label, code: code ?? String(status ?? error.message) }), say('authHint'), code);
        }
        if ((code && DENIED_RE.test(code)) || status === 403 || status === 401) {
          const permission = `${PRODUCT_INFO[product]!.permission}:${action}`;
          throw new CallFault(say('noPermission', { call: label, permission, code: code ?? String(status) }), say('noPermissionHint'), code);
        }
        throw new CallFault(say('callFailed', { call: label, reason: `${code ?? status ?? ''} ${String(error.message ?? '').split('\n')[0]}`.trim() }), undefined, code);
      }
      return parseJsonExact(text);
    }
  };
}

/** The live client's call function. */
export type LiveCall = Awaited<ReturnType<typeof createLiveClient>>;
