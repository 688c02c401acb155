// All seeker-facing English text: the same messages and structure as nl.ts.
import type { Texts } from './nl';

export const en: Texts = {
  // Human handoff: the same messages as nl.ts (help lines: see the sources there).
  handoff: {
    intro: 'I am looking for an advisor for you. An advisor is a staff member of the Werkcentrum.',
    queue: 'You are number {position} in the queue. You will wait about {minutes} minutes.',
    whileWaiting: 'You can type your question here already. The advisor also sees what you wrote to me before.',
    backToBotHint: 'Do you want to continue with me after all? Then type "back to the bot".',
    stillWaiting: 'Thank you, your message has been passed on. You are still number {position} in the queue.',
    officeClosed: 'Our advisors are not available now. They work: {hours}.',
    nextOpen: 'We are open again on {day} at {time}.',
    leaveQuestion: 'You can leave your question here. An advisor reads it when we are open again.',
    callBackQuestion: 'Or would you like us to call or e-mail you?',
    callBackButton: 'Call or e-mail me',
    leaveQuestionButton: 'Leave a question',
    backToBotButton: 'Back to the bot',
    leaveQuestionOk: 'Good. Type your question. An advisor reads it when we are open again.',
    consent: 'Then we need your phone number or e-mail address. We keep it only to call or e-mail you back. After that we delete it.',
    consentQuestion: 'May I keep your phone number or e-mail address for this?',
    consentYes: 'Yes, that is fine',
    consentNo: 'No, rather not',
    askContact: 'Type your phone number or your e-mail address.',
    contactNotUnderstood: 'I do not recognise that as a phone number or e-mail address. Type for example 06 12345678 or name@example.nl.',
    contactSaved: 'Thank you. An advisor will contact you when we are open again.',
    contactDeclined: 'That is fine. I do not keep a number or e-mail address. You can leave your question here.',
    advisorJoined: 'You are now talking to {name}, advisor at the Werkcentrum.',
    released: 'You are talking to Werkloket, the digital assistant, again. We continue where we were.',
    closedByAdvisor: 'The advisor has closed the conversation. You are talking to Werkloket, the digital assistant, again.',
    seekerBack: 'OK. You are talking to me, Werkloket, again. We continue where we were.',
    advisorName: '{name} (advisor)',
    days: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
    today: 'today',
    tomorrow: 'tomorrow',
    urgentHandoff: 'I am also asking an advisor to talk with you.',
    urgent: {
      crisis: [
        'Thank you for telling me. You do not have to carry this alone.',
        'Are you thinking about suicide? Call 113 or 0800-0113 for free, or chat at 113.nl. Day and night.',
        'Are you in direct danger now? Then call 112.',
      ],
      violence: [
        'I am sorry this is happening to you. You are not alone.',
        'Call Veilig Thuis (Safe at Home): 0800-2000. It is free, day and night. You may stay anonymous.',
        'Are you in direct danger now? Then call 112.',
      ],
      debt: [
        'Money worries are hard. There is help, also if you have debts.',
        'Call Geldfit for free: 0800-8115, or look at geldfit.nl. Your municipality also has debt counselling (schuldhulpverlening): free help with debts.',
      ],
      homeless: [
        'I am sorry you have no fixed place to stay. There is help.',
        'Contact your municipality. They help with shelter and a place to sleep. Are you in direct danger now? Then call 112.',
      ],
    },
  },
  welcome: [
    'Hello! I am Werkloket, the digital assistant of the Werkcentrum in your region.',
    'I help you with work, learning and income. And I tell you which organisation can help you further.',
  ],
  menuQuestion: 'What can I help you with?',
  menu: {
    work: 'I am looking for work',
    employer: 'I am an employer',
    question: 'I have a question',
    human: 'Talk to a person',
  },
  menuRetry: 'I did not quite understand that. Choose one of the buttons, or type for example "find work".',
  menuAnswers: {
    work: [
      'Good to have you here. Soon I will ask you a few short questions about your work, income and wishes.',
      'Do you want to talk to someone now? Call the Werkcentrum in your region, or visit werk.nl.',
    ],
    employer: [
      'Welcome! Are you looking for staff, or do you want to hire someone who needs support?',
      'The werkgeversservicepunt (employer service point) in your region can help. They help all employers.',
    ],
    question: [
      'Go ahead and ask. For example: "How do I apply for unemployment benefit (WW)?"',
      'UWV or the municipality decides about benefits. I tell you who to go to.',
    ],
    human: [
      'You want to talk to a person. That is possible.',
      'Call the Werkcentrum in your region during office hours. Or leave your question here.',
    ],
  },
  error: 'Sorry, something went wrong on our side. Please try again in a moment.',
};
