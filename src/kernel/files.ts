// A file someone sent, by its platform reference (its bytes stay on the platform).
import type { Platform } from "./platform";

export interface FileRef {
  platform: Platform;
  fileId: string;
  fileName: string | null;
  mimeType: string | null;
  size: number | null;
}
