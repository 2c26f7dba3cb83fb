import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface FamilyLinkItemProps {
  /** The other person of the link. */
  name: string;
  /** The relation as this list words it. */
  relation: string;
  /** The link's further facts, each a `<div>` of `<dt>` and `<dd>`. */
  facts: ReactNode;
  /** What follows the facts: hints, a form, the buttons. */
  children?: ReactNode;
}

/** One link of a family list: the person's name, the relation and the other facts, then what can be done. */
export function FamilyLinkItem({ name, relation, facts, children }: FamilyLinkItemProps) {
  const { t } = useTranslation();
  return (
    <li className="record-list__item">
      <h3 className="record-list__title" lang="ru">
        {name}
      </h3>
      <dl className="record-list__facts">
        <div>
          <dt>{t('family.relationLabel')}</dt>
          <dd>{relation}</dd>
        </div>
        {facts}
      </dl>
      {children}
    </li>
  );
}
