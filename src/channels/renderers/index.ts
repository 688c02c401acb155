// The one rendering layer. Dialogs produce neutral activities (src/channels/render.ts); each
// channel's edge turns them into what that channel shows best:
//   Website (Direct Line, webchat): result cards as Adaptive Cards, questions as suggested actions,
//     applied by ChannelRenderMiddleware on the Direct Line adapter (and on the CloudAdapter)
//   Emulator, other Bot Framework channels: the neutral form (text + suggested actions)
//   Teams (msteams): Adaptive Cards, applied by ChannelRenderMiddleware on the CloudAdapter
//   WhatsApp: reply buttons, lists, split texts, applied by the WhatsApp adapter (renderWhatsApp)
export { renderForChannel, TEAMS_CHANNEL } from './dispatch';
export { renderTeams, normalizeTeamsIncoming, resultCard, ADAPTIVE_CARD } from './teams';
export { renderWebChat, WEBCHAT_CHANNELS } from './webchat';
export { renderWhatsApp, type WhatsAppLabels, type WhatsAppMessage } from './whatsapp';
export { ChannelRenderMiddleware } from './middleware';
