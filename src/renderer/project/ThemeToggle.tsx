import { useEffect, useState } from 'react';
import { applyTheme, readThemeChoice, toggleTheme, watchSystemTheme } from '../theme/theme';
import { Button } from '../ui/Button';
import { DarkIcon, LightIcon } from '../ui/icons';
import { Tooltip } from '../ui/Tooltip';

export function ThemeToggle() {
  const [dark, setDark] = useState(() => document.documentElement.dataset.theme === 'dark');
  useEffect(
    () =>
      watchSystemTheme(() => {
        if (readThemeChoice() === 'system') setDark(applyTheme('system') === 'dark');
      }),
    [],
  );
  const label = dark ? 'Switch to light mode' : 'Switch to dark mode';
  return (
    <Tooltip label={label}>
      <Button variant="ghost" iconOnly aria-label={label} onClick={() => setDark(toggleTheme() === 'dark')}>
        {dark ? <LightIcon /> : <DarkIcon />}
      </Button>
    </Tooltip>
  );
}
