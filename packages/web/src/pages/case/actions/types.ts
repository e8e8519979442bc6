import type { FormInstance } from 'antd';
import type { ComponentType } from 'react';
import type { JsonBody, JsonRequest } from '../../../api/client.ts';
import type { paths } from '../../../api/schema.d.ts';
import type { MessageKey } from '../../../i18n/messages.ts';

export type Proposal = JsonBody<'/api/v1/proposals/{id}', 'get'>;
export type AllowedAction = Proposal['allowedActions'][number];

/** Every `POST /api/v1/proposals/{id}/<action>` command route that takes a JSON body. */
export type CommandPath = {
  [P in keyof paths]: P extends `/api/v1/proposals/{id}/${string}`
    ? paths[P] extends { post: { requestBody: { content: { 'application/json': unknown } } } }
      ? P
      : never
    : never;
}[keyof paths];

export type CommandBody<P extends CommandPath> = JsonRequest<P, 'post'>;

export interface FieldsProps {
  proposal: Proposal;
  action: AllowedAction;
  form: FormInstance;
  /** Today in Vietnam, "yyyy-MM-dd". */
  today: string;
}

export interface BodyContext {
  proposal: Proposal;
  /** Ids of the files uploaded with this step (evidence of a progress report). */
  attachmentIds: string[];
  today: string;
}

/** One dedicated dialog: its fields, its OK button and how the values become the request body. */
export interface ActionFormSpec<P extends CommandPath, V> {
  path: P;
  ok: MessageKey;
  Fields: ComponentType<FieldsProps>;
  toBody: (values: V, context: BodyContext) => CommandBody<P>;
  initialValues?: (proposal: Proposal, today: string) => Partial<V>;
  /** A check across fields, run before sending; its message is shown above the buttons. */
  validate?: (values: V, context: BodyContext) => MessageKey | null;
  /** A long form: a wider dialog on large screens. */
  wide?: boolean;
}

export interface AnyFormSpec {
  path: CommandPath;
  ok: MessageKey;
  Fields: ComponentType<FieldsProps>;
  toBody: (values: never, context: BodyContext) => unknown;
  initialValues?: (proposal: Proposal, today: string) => object;
  validate?: (values: never, context: BodyContext) => MessageKey | null;
  wide?: boolean;
}

/** Keeps each spec's body typed by its own route while the registry holds them all. */
export function defineForm<P extends CommandPath, V>(spec: ActionFormSpec<P, V>): AnyFormSpec {
  return spec as unknown as AnyFormSpec;
}
