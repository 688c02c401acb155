// The one rendering layer. Dialogs produce neutral activities (src/channels/render.ts); each
// channel's edge turns them into what that channel shows best:
//   Web Chat, Emulator, other Bot Framework channels: the neutral form (text + suggested actions)
//   Teams (msteams): Adaptive Cards, applied by ChannelRenderMiddleware on the CloudAdapter
//   WhatsApp: reply buttons, lists, split texts, applied by the WhatsApp adapter (renderWhatsApp)
export { renderForChannel, TEAMS_CHANNEL } from './dispatch';
export { renderTeams, normalizeTeamsIncoming, resultCard, ADAPTIVE_CARD } from './teams';
export { renderWhatsApp, type WhatsAppLabels, type WhatsAppMessage } from './whatsapp';
export { ChannelRenderMiddleware } from './middleware';
