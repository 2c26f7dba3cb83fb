import { useCallback, useState } from 'react';
import { formatNearParam } from './directory.format';

export type GeolocationState =
  | { status: 'idle' }
  | { status: 'locating' }
  | { status: 'on'; near: string }
  | { status: 'off' }
  | { status: 'denied' }
  | { status: 'failed' }
  | { status: 'unsupported' };

const POSITION_OPTIONS: PositionOptions = {
  enableHighAccuracy: false,
  timeout: 15_000,
  maximumAge: 5 * 60_000,
};

/**
 * «Рядом со мной»: asks the browser for the position only when the user presses the button, and keeps it
 * in memory only (never in the URL or storage: a position is personal data).
 */
export function useGeolocation() {
  const [state, setState] = useState<GeolocationState>({ status: 'idle' });

  const toggle = useCallback(() => {
    if (state.status === 'on') {
      setState({ status: 'off' });
      return;
    }
    if (state.status === 'locating') return;
    if (!('geolocation' in navigator)) {
      setState({ status: 'unsupported' });
      return;
    }
    setState({ status: 'locating' });
    navigator.geolocation.getCurrentPosition(
      (position) =>
        setState({
          status: 'on',
          near: formatNearParam(position.coords.latitude, position.coords.longitude),
        }),
      (error) => setState({ status: error.code === error.PERMISSION_DENIED ? 'denied' : 'failed' }),
      POSITION_OPTIONS,
    );
  }, [state.status]);

  return { state, near: state.status === 'on' ? state.near : undefined, toggle };
}
