import { forwardRef, type ButtonHTMLAttributes } from 'react';
import styles from './Button.module.css';

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: 'primary' | 'secondary' | 'ghost';
  size?: 'normal' | 'small';
  /** An icon-only button must still have an accessible name: pass aria-label. */
  iconOnly?: boolean;
}

export const Button = forwardRef<HTMLButtonElement, ButtonProps>(function Button(
  { variant = 'secondary', size = 'normal', iconOnly = false, className, type = 'button', ...rest },
  ref,
) {
  const classes = [
    styles.button,
    styles[variant],
    size === 'small' ? styles.small : '',
    iconOnly ? styles.iconOnly : '',
    className ?? '',
  ];
  return <button ref={ref} type={type} className={classes.filter(Boolean).join(' ')} {...rest} />;
});
