import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { FacilitatorTab } from './FacilitatorTab';

/** The controls tab's page: no API, no project, only the presenter tab's channel. */
export function showFacilitatorTab(root: HTMLElement): void {
  createRoot(root).render(
    <StrictMode>
      <FacilitatorTab />
    </StrictMode>,
  );
}
