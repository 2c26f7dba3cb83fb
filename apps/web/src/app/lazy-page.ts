import { type ComponentType, lazy } from 'react';
import { loadRestOfMessages } from '../shared/i18n/i18n';

/**
 * A route's page as its own chunk, shown once both the chunk and the messages beyond the first page's
 * (`message-split.ts`) are in: one round trip more on the first such page, none after.
 */
export function lazyPage<P extends object>(load: () => Promise<ComponentType<P>>) {
  return lazy(async () => {
    const [component] = await Promise.all([load(), loadRestOfMessages()]);
    return { default: component };
  });
}

/**
 * The same for a data route's `lazy`: the router loads the page's code in parallel with the route's loader
 * and renders the route when both are in (no Suspense fallback between).
 */
export function routePage(load: () => Promise<ComponentType>) {
  return async () => {
    const [Component] = await Promise.all([load(), loadRestOfMessages()]);
    return { Component };
  };
}
