-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Handoff" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "conversationId" TEXT NOT NULL,
    "seekerId" TEXT,
    "status" TEXT NOT NULL DEFAULT 'waiting',
    "priority" INTEGER NOT NULL DEFAULT 0,
    "reason" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "audience" TEXT NOT NULL DEFAULT 'seeker',
    "channel" TEXT NOT NULL,
    "waitingSince" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "claimedById" TEXT,
    "claimedAt" DATETIME,
    "closedAt" DATETIME,
    "outcome" TEXT,
    "contact" JSONB,
    CONSTRAINT "Handoff_conversationId_fkey" FOREIGN KEY ("conversationId") REFERENCES "Conversation" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Handoff_seekerId_fkey" FOREIGN KEY ("seekerId") REFERENCES "Seeker" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Handoff_claimedById_fkey" FOREIGN KEY ("claimedById") REFERENCES "Advisor" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Handoff" ("channel", "claimedAt", "claimedById", "closedAt", "contact", "conversationId", "id", "outcome", "priority", "reason", "seekerId", "status", "summary", "waitingSince") SELECT "channel", "claimedAt", "claimedById", "closedAt", "contact", "conversationId", "id", "outcome", "priority", "reason", "seekerId", "status", "summary", "waitingSince" FROM "Handoff";
DROP TABLE "Handoff";
ALTER TABLE "new_Handoff" RENAME TO "Handoff";
CREATE INDEX "Handoff_status_priority_waitingSince_idx" ON "Handoff"("status", "priority", "waitingSince");
CREATE INDEX "Handoff_conversationId_idx" ON "Handoff"("conversationId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

