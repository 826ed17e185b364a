/** The rule contract: metadata plus one pure check function (see DEVELOPERS.md). */
import type { z } from 'zod';
import type { Profile } from '../model/profile.js';
import type { Status, YamlPath } from '../contract/report.js';
import type { BufferTable } from '../model/buffer-days.js';
import type { ClauseNumber } from '../model/clauses/index.js';

/** zod, as a rule's `options` function receives it. */
type Zod = typeof z;

/** A rule's messages: typed functions keyed by message id (as stylelint's ruleMessages). */
export type MessageCatalog = Record<string, (params: never) => string>;

/** One use of a message: its id and the parameters its function takes. */
export type MessageUse<M extends MessageCatalog> = {
  [K in keyof M & string]: { id: K; params: Parameters<M[K]>[0] };
}[keyof M & string];

/** A rule's words in another language: title, description, fix, and every message with the same parameters. */
export interface RuleTranslation<M extends MessageCatalog = MessageCatalog> {
  title: string;
  description: string;
  fix?: string;
  messages: { [K in keyof M]: M[K] };
}

/** Declares a rule's translation; the compiler checks it has every message id with the same parameters. */
export function translateRule<M extends MessageCatalog>(_rule: { messages: M }, translation: RuleTranslation<NoInfer<M>>): RuleTranslation<M> {
  return translation;
}

/** What a rule returns for one subject; the engine adds clauses and location. */
export interface RuleFinding<M extends MessageCatalog> {
  status: Status;
  subject: string;
  path: YamlPath;
  /** Message parts, most severe first; rendered and joined by the engine. */
  messages: MessageUse<M>[];
  data?: Record<string, unknown>;
  /** An explicit position, for raw-document rules when the YAML did not parse. */
  position?: { line: number; column: number };
}

/** Everything a check may use besides the model: no clock, disk or environment. */
export interface RuleContext<O> {
  /** The evaluation instant T in epoch milliseconds. */
  asOf: number;
  /** The rule's options, defaults applied. */
  options: O;
  /** Buffer days before data deletion per product (clause 6.4). */
  bufferDays: BufferTable;
}

/** What a raw-document rule sees: the file's text and, when it parsed, its data. */
interface RawDocument {
  text: string;
  /** The parsed data, undefined when the YAML did not parse. */
  data: unknown;
}

interface RuleMetaBase<O extends z.ZodType, M extends MessageCatalog> {
  id: string;
  title: string;
  clauses: readonly ClauseNumber[];
  /** One paragraph: what the rule checks and why. */
  description: string;
  /** How to fix a finding, for `clausecheck explain` and the rule's docs. */
  fix?: string;
  /**
   * Options with defaults: a function of zod giving their schema, built only where it is needed
   * (`optionsSchema` in rule-options.ts). The catalog rules' defaults are generated at build time
   * (rules/options/table.ts), so a check without option settings never loads zod.
   */
  options: (zod: Zod) => O;
  messages: M;
}

/** A rule judged on the validated model. */
interface ModelRule<O extends z.ZodType = z.ZodType, M extends MessageCatalog = MessageCatalog>
  extends RuleMetaBase<O, M> {
  kind: 'model';
  check(profile: Profile, context: RuleContext<z.output<O>>): RuleFinding<M>[];
}

/** A rule judged on the raw document, before (and regardless of) validation. */
interface RawRule<O extends z.ZodType = z.ZodType, M extends MessageCatalog = MessageCatalog>
  extends RuleMetaBase<O, M> {
  kind: 'raw';
  check(document: RawDocument, context: RuleContext<z.output<O>>): RuleFinding<M>[];
}

/** Any rule. */
export type Rule = ModelRule<any, any> | RawRule<any, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Declares a model rule with its types inferred from its metadata. */
export function defineRule<O extends z.ZodType, M extends MessageCatalog>(
  rule: Omit<ModelRule<O, M>, 'kind'>,
): ModelRule<O, M> {
  return { kind: 'model', ...rule };
}

/** Declares a raw-document rule with its types inferred from its metadata. */
export function defineRawRule<O extends z.ZodType, M extends MessageCatalog>(
  rule: Omit<RawRule<O, M>, 'kind'>,
): RawRule<O, M> {
  return { kind: 'raw', ...rule };
}
