import type { Snapshot } from '../../../shared/bridge';
import { AssessmentOffer } from './AssessmentOffer';
import { EthicsIntro } from './EthicsIntro';
import type { FlowStep } from './flow-step';
import { QuestionScreen } from './QuestionScreen';
import { ResultScreen } from './ResultScreen';

/** The client-flow screen for a step before the services (see flow-step.ts). */
export function FlowScreen({ step, snapshot }: { readonly step: Exclude<FlowStep, 'services'>; readonly snapshot: Snapshot }) {
  switch (step) {
    case 'ethics':
      return <EthicsIntro />;
    case 'offer':
      return <AssessmentOffer />;
    case 'question':
      return <QuestionScreen />;
    case 'result':
      return <ResultScreen snapshot={snapshot} />;
  }
}
