import { useId } from 'react';
import type { Snapshot } from '../../../shared/bridge';
import { localized, type Language } from '../../../shared/content/languages';
import { Icon } from './Icon';

type Service = Snapshot['services'][number];

/** One e-service on the home screen: its name is the button's name, the rest describes it. */
export function ServiceTile({ service, language, onOpen }: { readonly service: Service; readonly language: Language; readonly onOpen: () => void }) {
  const nameId = useId();
  const detailsId = useId();
  return (
    <button
      type="button"
      className="tile"
      data-testid={`service-tile-${service.id}`}
      aria-labelledby={nameId}
      aria-describedby={detailsId}
      onClick={onOpen}
    >
      <span className="tile__text">
        <span id={nameId} className="tile__name">
          {localized(service.name, language)}
        </span>
        <span id={detailsId} className="tile__details">
          <span className="tile__description">{localized(service.description, language)}</span>{' '}
          <span className="tile__host">{service.host}</span>
        </span>
      </span>
      <Icon name="arrowRight" className="tile__arrow" />
    </button>
  );
}
