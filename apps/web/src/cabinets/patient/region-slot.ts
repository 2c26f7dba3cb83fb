import { createContext } from 'react';

/**
 * Where the region picker is. The home page shows a large one while it asks for a region; the header then
 * hides its own, so that there is only one control labelled «Регион» on the page.
 */
export interface RegionSlot {
  isRegionInPage: boolean;
  setRegionInPage: (isInPage: boolean) => void;
}

export const RegionSlotContext = createContext<RegionSlot>({
  isRegionInPage: false,
  setRegionInPage: () => {},
});
