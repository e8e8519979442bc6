import { useCallback } from 'react';
import type { ParameterDefinition, ParameterValue } from '@khien/core/procedure';
import { formatNumber } from '../../../i18n/format.ts';
import { useI18n } from '../../../i18n/i18n.tsx';
import type { MessageKey } from '../../../i18n/messages.ts';

/** Labels of the values of `choice` parameters (ND73's tie rule). Unknown values show as written. */
export const CHOICE_LABELS: Record<string, MessageKey> = {
  equalForAndAgainst: 'procedure.choice.equal_for_against',
  halfOfEntitled: 'procedure.choice.half_of_entitled',
};

/** A parameter's value in words: "15 ngày làm việc", "Không quy định", "Có". */
export function useParameterValueText() {
  const { t, locale } = useI18n();
  return useCallback(
    (parameter: Pick<ParameterDefinition, 'unit'>, value: ParameterValue): string => {
      if (value === null) return t('procedure.value.none');
      if (typeof value === 'boolean') return value ? t('procedure.value.yes') : t('procedure.value.no');
      if (typeof value === 'string') return CHOICE_LABELS[value] ? t(CHOICE_LABELS[value]) : value;
      const count = formatNumber(value, locale);
      if (parameter.unit === 'calendarDays') return t('procedure.unit.calendar_days', { count });
      if (parameter.unit === 'months') return t('procedure.unit.months', { count });
      return t('procedure.unit.working_days', { count });
    },
    [t, locale],
  );
}
