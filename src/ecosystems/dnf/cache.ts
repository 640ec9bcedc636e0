/** dnf: same cleanup as yum (`dnf clean all`), its cache lives in /var/cache/dnf. */
import { rpmManager } from '../yum/cache.js';

export const dnf = rpmManager('dnf', '/var/cache/dnf');
