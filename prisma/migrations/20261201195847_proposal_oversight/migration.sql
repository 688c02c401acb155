-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Proposal" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "seekerId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "score" REAL NOT NULL,
    "data" JSONB NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "notFitting" BOOLEAN NOT NULL DEFAULT false,
    "notFittingReason" TEXT,
    "markedBy" TEXT,
    "markedAt" DATETIME,
    CONSTRAINT "Proposal_seekerId_fkey" FOREIGN KEY ("seekerId") REFERENCES "Seeker" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Proposal" ("createdAt", "data", "id", "kind", "score", "seekerId", "title") SELECT "createdAt", "data", "id", "kind", "score", "seekerId", "title" FROM "Proposal";
DROP TABLE "Proposal";
ALTER TABLE "new_Proposal" RENAME TO "Proposal";
CREATE INDEX "Proposal_seekerId_idx" ON "Proposal"("seekerId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

