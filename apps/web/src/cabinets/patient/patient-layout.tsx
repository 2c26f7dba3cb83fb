import { type MouseEvent, Suspense, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, ScrollRestoration } from 'react-router';
import { LiveStatus } from '../../shared/ui/live-status';
import { RegionSlotContext } from './region-slot';
import { SiteFooter } from './site-footer';
import { SiteHeader } from './site-header';
import './patient-layout.css';

const MAIN_ID = 'main';

/** The public and patient shell: skip link, header, <main id="main">, footer. Pages load lazily inside. */
export function PatientLayout() {
  const { t } = useTranslation();
  const [isRegionInPage, setRegionInPage] = useState(false);
  const regionSlot = useMemo(() => ({ isRegionInPage, setRegionInPage }), [isRegionInPage]);

  // The router would treat `#main` as a navigation; move the focus ourselves and keep the URL clean.
  const skipToMain = (event: MouseEvent<HTMLAnchorElement>) => {
    const main = document.getElementById(MAIN_ID);
    if (!main) return;
    event.preventDefault();
    main.focus();
    main.scrollIntoView();
  };

  return (
    <RegionSlotContext value={regionSlot}>
      <a className="skip-link" href={`#${MAIN_ID}`} onClick={skipToMain}>
        {t('layout.skipLink')}
      </a>
      <SiteHeader />
      <main id={MAIN_ID} className="site-main container" tabIndex={-1}>
        <Suspense fallback={<LiveStatus className="page-loading">{t('common.loading')}</LiveStatus>}>
          <Outlet />
        </Suspense>
      </main>
      <SiteFooter />
      <ScrollRestoration />
    </RegionSlotContext>
  );
}
