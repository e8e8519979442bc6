/**
 * Which dialog each step of the procedure opens. Every action of the built-in profiles has a
 * dedicated form (registry.test.ts proves it); an action a local variant adds without one gets
 * a form built from its declared `inputs`.
 */
import { useI18n } from '../../../i18n/i18n.tsx';
import { genericBody } from './bodies.ts';
import { commandPathOf } from './command.ts';
import { confirmForm, overrideForm, reasonsForm } from './decision-forms.tsx';
import { recordEncouragementForm } from './encouragement-form.tsx';
import { recordEvaluationForm } from './evaluation-form.tsx';
import { recordEvaluationVoteForm, recordVoteForm, scheduleEvaluationForm, scheduleMeetingForm } from './meeting-forms.tsx';
import {
  consultRelatedAgenciesForm,
  recordAgencyOpinionForm,
  recordPartyOpinionForm,
  recordPartyOpinionOnResultsForm,
} from './opinion-forms.tsx';
import { TextItem } from './parts.tsx';
import { determineProtectionForm } from './protection-form.tsx';
import { fileProgressReportForm, recordIncidentForm, recordInspectionForm, reportCompletionForm } from './report-forms.tsx';
import { adjustScopeForm, approveScopeForm, assignResourcesForm } from './scope-forms.tsx';
import type { AllowedAction, AnyFormSpec, FieldsProps } from './types.ts';
import { LIMITS, optionalText, requiredText } from './validation.ts';

export const ACTION_FORMS: Readonly<Record<string, AnyFormSpec>> = {
  submit: confirmForm('/api/v1/proposals/{id}/submit', 'action.ok.submit'),
  requestPartyOpinion: confirmForm('/api/v1/proposals/{id}/request-party-opinion', 'action.ok.request_opinion'),
  recordPartyOpinion: recordPartyOpinionForm,
  consultRelatedAgencies: consultRelatedAgenciesForm,
  recordAgencyOpinion: recordAgencyOpinionForm,
  scheduleMeeting: scheduleMeetingForm,
  recordVote: recordVoteForm,
  closeMeeting: confirmForm('/api/v1/proposals/{id}/close-meeting', 'action.ok.close_meeting'),
  decideApproval: reasonsForm('/api/v1/proposals/{id}/decide-approval', 'action.ok.decide_approval', 'action.reasons.approval', false),
  decideOverride: overrideForm,
  decideRejection: reasonsForm('/api/v1/proposals/{id}/decide-rejection', 'action.ok.decide_rejection', 'action.reasons.rejection'),
  returnForRevision: reasonsForm('/api/v1/proposals/{id}/return-for-revision', 'action.ok.return', 'action.reasons.return'),
  escalate: reasonsForm('/api/v1/proposals/{id}/escalate', 'action.ok.escalate', 'action.reasons.escalate'),
  approveScope: approveScopeForm,
  assignResources: assignResourcesForm,
  fileProgressReport: fileProgressReportForm,
  recordIncident: recordIncidentForm,
  recordInspection: recordInspectionForm,
  adjustScope: adjustScopeForm,
  suspend: reasonsForm('/api/v1/proposals/{id}/suspend', 'action.ok.suspend', 'action.reasons.suspend'),
  resume: reasonsForm('/api/v1/proposals/{id}/resume', 'action.ok.resume', 'action.reasons.resume'),
  terminate: reasonsForm('/api/v1/proposals/{id}/terminate', 'action.ok.terminate', 'action.reasons.terminate'),
  reportCompletion: reportCompletionForm,
  requestPartyOpinionOnResults: confirmForm('/api/v1/proposals/{id}/request-party-opinion-on-results', 'action.ok.request_opinion'),
  recordPartyOpinionOnResults: recordPartyOpinionOnResultsForm,
  scheduleEvaluation: scheduleEvaluationForm,
  recordEvaluationVote: recordEvaluationVoteForm,
  closeEvaluationMeeting: confirmForm('/api/v1/proposals/{id}/close-evaluation-meeting', 'action.ok.close_meeting'),
  recordEvaluation: recordEvaluationForm,
  notifyResult: confirmForm('/api/v1/proposals/{id}/notify-result', 'action.ok.notify'),
  determineProtection: determineProtectionForm,
  recordEncouragement: recordEncouragementForm,
  close: reasonsForm('/api/v1/proposals/{id}/close', 'action.ok.close', 'action.reasons.close', false),
};

function GenericFields({ action }: FieldsProps) {
  const { t, pick } = useI18n();
  return (
    <>
      {action.inputs.map((input) => (
        <TextItem
          key={input.name}
          name={input.name}
          label={pick(input.label)}
          required={input.required}
          check={input.required ? requiredText(LIMITS.opinion) : optionalText(LIMITS.opinion)}
          rows={3}
        />
      ))}
      {action.inputs.length === 0 && <p>{t('action.generic.no_inputs')}</p>}
    </>
  );
}

/** The dialog of an action: its dedicated form, or one field per declared input. */
export function formFor(action: AllowedAction, proposalId: string): AnyFormSpec {
  const dedicated = ACTION_FORMS[action.action];
  if (dedicated) return dedicated;
  return {
    path: commandPathOf(action.path, proposalId),
    ok: 'action.ok.generic',
    Fields: GenericFields,
    toBody: (values: Record<string, unknown>) => genericBody(action.inputs, values),
  };
}
