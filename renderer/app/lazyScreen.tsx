import { lazy, Suspense, type ComponentType } from 'react';

export interface LazyScreen {
  Screen: ComponentType;
  /** Fetches the screen's chunk now (once); a failure is forgotten so the next try fetches again. */
  preload: () => Promise<unknown>;
}

/**
 * A screen in its own chunk, so start-up parses only the attract screen. Once the
 * chunk is in (preloaded in idle time after start-up, see preloadScreens), the
 * screen renders at once; a tap that comes earlier waits for the chunk with
 * nothing drawn, and a chunk that cannot load reaches the ErrorBoundary.
 */
export function lazyScreen(load: () => Promise<ComponentType>): LazyScreen {
  let loaded: ComponentType | undefined;
  let pending: Promise<ComponentType> | undefined;
  const preload = () =>
    (pending ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        pending = undefined;
        throw error;
      },
    ));
  const Waiting = lazy(() => preload().then((component) => ({ default: component })));
  function Screen() {
    const Loaded = loaded;
    if (Loaded) return <Loaded />;
    return (
      <Suspense fallback={null}>
        <Waiting />
      </Suspense>
    );
  }
  return { Screen, preload };
}
