import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LanguageSwitch } from './language-switch';

export function SiteFooter() {
  const { t } = useTranslation();
  return (
    <footer className="site-footer">
      <div className="container site-footer__inner">
        <div className="site-footer__text">
          <p>{t('layout.footer.about')}</p>
          <p className="site-footer__emergency">{t('layout.footer.emergency')}</p>
          <p>
            <Link to="/status">{t('status.footerLink')}</Link>
          </p>
        </div>
        <LanguageSwitch />
      </div>
    </footer>
  );
}
