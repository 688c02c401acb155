// Human handoff: queue, state machine and relay rules. No botbuilder, restify or Prisma here; the
// botbuilder half (middleware, starter, messenger) is src/handoff/bot/, which this index does not export.
export * from './model';
export * from './stateMachine';
export * from './queue';
export * from './officeHours';
export * from './summary';
export * from './relay';
export * from './ports';
export * from './service';
export * from './stats';
export * from './starter';
export * from './queueWatch';
export * from './holidays';
