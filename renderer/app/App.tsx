import { useEffect } from 'react';
import { useNavigation } from '../session/navigation';
import { resetPatientSession } from '../session/resetRegistry';
import { ErrorBoundary } from './ErrorBoundary';
import { SCREENS } from './screenRegistry';
import { GLOBAL_LAYERS } from './slots';
import { UnavailableScreen } from './UnavailableScreen';
import { useDocumentAttributes } from './useDocumentAttributes';
import { useHostHandshake } from './useHostHandshake';

export function App() {
  const route = useNavigation((s) => s.route);
  useDocumentAttributes(route.screen);
  useHostHandshake();
  useEffect(() => {
    // Tests and the Electron shell wait for this instead of sleeping.
    document.documentElement.dataset.ready = 'true';
  }, []);
  const Screen = SCREENS[route.screen] ?? UnavailableScreen;
  return (
    <>
      <ErrorBoundary onRecover={resetPatientSession}>
        <Screen key={route.screen} />
      </ErrorBoundary>
      {GLOBAL_LAYERS.map((Layer, index) => (
        <ErrorBoundary key={index} onRecover={resetPatientSession}>
          <Layer />
        </ErrorBoundary>
      ))}
    </>
  );
}
