import { chatMethods } from './chat';
import type { MethodTable } from './context';
import { conversationMethods } from './conversations';
import { fileMethods } from './files';
import { teamAuthMethods } from './team-auth';
import { userMethods } from './users';
import { viewMethods } from './views';

export const METHODS: MethodTable = {
  ...teamAuthMethods,
  ...chatMethods,
  ...conversationMethods,
  ...userMethods,
  ...viewMethods,
  ...fileMethods,
};
