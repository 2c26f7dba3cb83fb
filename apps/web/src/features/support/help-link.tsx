import { useTranslation } from 'react-i18next';
import { NavLink, useLocation } from 'react-router';

/**
 * «Помощь» in every cabinet's header: the help page, told which page the person came from (the feedback
 * form sends it with the ticket, so the operator sees where the trouble was).
 */
export function HelpLink({ className }: { className: string }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  return (
    <NavLink to="/help" state={pathname === '/help' ? undefined : { from: pathname }} className={className}>
      {t('support.help.link')}
    </NavLink>
  );
}
