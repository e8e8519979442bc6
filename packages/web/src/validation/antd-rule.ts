import type { FormRule } from 'antd';

type RuleObject = Exclude<FormRule, (...args: never[]) => unknown>;
import type { Translate } from '../i18n/i18n.tsx';
import type { Check } from './forms.ts';

/** An antd Form rule from a pure check; the message is translated at validation time. */
export function ruleFrom(check: Check, t: Translate): RuleObject {
  return {
    validator: (_rule, value: unknown) => {
      const key = check(value);
      return key ? Promise.reject(new Error(t(key))) : Promise.resolve();
    },
  };
}
