import { useEffect } from 'react';
import { useNavigation } from '../session/navigation';
import { endSession } from '../session/endSession';
import { ErrorBoundary } from './ErrorBoundary';
import { GLOBAL_LAYERS } from './layers';
import { preloadScreens, SCREENS } from './screenRegistry';
import { UnavailableScreen } from './UnavailableScreen';
import { useDocumentAttributes } from './useDocumentAttributes';
import { useHostHandshake } from './useHostHandshake';

/** The current route's screen and every global layer, each behind an error boundary whose way out ends the session. */
export function App() {
  const route = useNavigation((s) => s.route);
  useDocumentAttributes(route.screen);
  useHostHandshake();
  // The patient screens' chunks load in idle time once the attract screen is up (data-ready: see boot.tsx).
  useEffect(preloadScreens, []);
  const Screen = SCREENS[route.screen] ?? UnavailableScreen;
  const recover = () => endSession('error-recovery');
  return (
    <>
      <ErrorBoundary onRecover={recover}>
        <Screen key={route.screen} />
      </ErrorBoundary>
      {GLOBAL_LAYERS.map((Layer, index) => (
        <ErrorBoundary key={index} onRecover={recover}>
          <Layer />
        </ErrorBoundary>
      ))}
    </>
  );
}
