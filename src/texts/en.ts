// All seeker-facing English text: the same messages and structure as nl.ts.
import type { Texts } from './nl';

export const en: Texts = {
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
