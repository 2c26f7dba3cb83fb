import { Outlet } from 'react-router';

/**
 * «Настройки» (issue 12 item 10): the account's existing pages — password and second factor, notification
 * channels — inside the cabinet, one per tab of the section (the frame shows the tabs).
 */
export function SettingsPage() {
  return <Outlet />;
}
