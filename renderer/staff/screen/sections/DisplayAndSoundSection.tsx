import { lazy, Suspense } from 'react';
import { DisplaySection } from './DisplaySection';

// Its own chunk: the voice check (and its sample player) loads only when staff open this section.
const VoicesSection = lazy(() => import('./VoicesSection').then((module) => ({ default: module.VoicesSection })));

/** The "Display and sound" tab: what patients see, then what they will hear on this kiosk. */
export function DisplayAndSoundSection() {
  return (
    <>
      <DisplaySection />
      <Suspense fallback={null}>
        <VoicesSection />
      </Suspense>
    </>
  );
}
