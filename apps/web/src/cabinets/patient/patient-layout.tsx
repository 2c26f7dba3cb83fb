import { useMemo, useState } from 'react';
import { AppShell } from './app-shell';
import { RegionSlotContext } from './region-slot';
import { SiteHeader } from './site-header';

/** The public and patient shell; a page may take the region choice into itself (the home page does). */
export function PatientLayout() {
  const [isRegionInPage, setRegionInPage] = useState(false);
  const regionSlot = useMemo(() => ({ isRegionInPage, setRegionInPage }), [isRegionInPage]);
  return (
    <RegionSlotContext value={regionSlot}>
      <AppShell header={<SiteHeader />} />
    </RegionSlotContext>
  );
}
