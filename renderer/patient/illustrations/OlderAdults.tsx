import { Frame, type IllustrationProps } from './parts/Frame';
import { Person } from './parts/Person';

/** Three smiling older people with different skin tones and grey or white hair. */
export function OlderAdults(props: IllustrationProps) {
  return (
    <Frame {...props}>
      <Person x={86} y={124} scale={0.9} skin="skin-1" hair="hair-1" hairStyle="bun" cloth="cloth-2" glasses />
      <Person x={314} y={124} scale={0.9} skin="skin-2" hair="hair-1" hairStyle="sides" cloth="cloth-3" glasses />
      <Person x={200} y={150} skin="skin-3" hair="hair-2" hairStyle="curly" cloth="cloth-1" />
    </Frame>
  );
}
