import type { IdFactory } from '../ids';
import type { UploadedFile } from '../types';

/** files.getUploadURLExternal → upload → files.completeUploadExternal, with the bytes kept for tests. */
export class FileStore {
  private readonly files = new Map<string, UploadedFile>();

  constructor(private readonly ids: IdFactory) {}

  reserve(filename: string, length: number, altText?: string): UploadedFile {
    const file: UploadedFile = { id: this.ids.next('F'), filename, length, altText, completed: false };
    this.files.set(file.id, file);
    return file;
  }

  get(id: string): UploadedFile | undefined {
    return this.files.get(id);
  }

  completed(): UploadedFile[] {
    return [...this.files.values()].filter((f) => f.completed);
  }
}
