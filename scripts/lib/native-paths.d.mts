export function electronNativeDir(root: string, electronVersion: string): string;
export function electronNativeBindingPath(root: string, electronVersion: string): string;
