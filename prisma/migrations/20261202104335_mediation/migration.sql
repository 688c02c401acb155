-- CreateTable
CREATE TABLE "Employer" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organisation" TEXT NOT NULL,
    "contact" JSONB NOT NULL,
    "userKey" TEXT,
    "channel" TEXT,
    "conversationId" TEXT,
    "consentAt" DATETIME,
    "consentVersion" TEXT,
    "createdBy" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "Vacancy" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "employerId" TEXT,
    "status" TEXT NOT NULL DEFAULT 'draft',
    "title" TEXT NOT NULL,
    "occupationUri" TEXT,
    "postcode" TEXT,
    "data" JSONB NOT NULL,
    "source" TEXT NOT NULL,
    "externalId" TEXT,
    "closesAt" DATETIME,
    "publishedAt" DATETIME,
    "publishedBy" TEXT,
    "closedAt" DATETIME,
    "closedReason" TEXT,
    "createdBy" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Vacancy_employerId_fkey" FOREIGN KEY ("employerId") REFERENCES "Employer" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "MediationRequest" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "seekerId" TEXT NOT NULL,
    "vacancyId" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'open',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "handledAt" DATETIME,
    "handledBy" TEXT,
    CONSTRAINT "MediationRequest_seekerId_fkey" FOREIGN KEY ("seekerId") REFERENCES "Seeker" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "MediationRequest_vacancyId_fkey" FOREIGN KEY ("vacancyId") REFERENCES "Vacancy" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Introduction" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "vacancyId" TEXT NOT NULL,
    "seekerId" TEXT NOT NULL,
    "advisorId" TEXT,
    "advisorName" TEXT NOT NULL,
    "why" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'voorgesteld',
    "outcomeReason" TEXT,
    "history" JSONB NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Introduction_vacancyId_fkey" FOREIGN KEY ("vacancyId") REFERENCES "Vacancy" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Introduction_seekerId_fkey" FOREIGN KEY ("seekerId") REFERENCES "Seeker" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "TransitionGroup" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "employerId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "headcount" INTEGER NOT NULL,
    "work" TEXT NOT NULL,
    "endsAt" DATETIME,
    "arrangement" JSONB NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "TransitionGroup_employerId_fkey" FOREIGN KEY ("employerId") REFERENCES "Employer" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Seeker" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "channel" TEXT NOT NULL,
    "userKey" TEXT NOT NULL,
    "locale" TEXT NOT NULL DEFAULT 'nl',
    "role" TEXT NOT NULL DEFAULT 'unknown',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "lastSeenAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "groupId" TEXT,
    CONSTRAINT "Seeker_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "TransitionGroup" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Seeker" ("channel", "createdAt", "id", "lastSeenAt", "locale", "role", "updatedAt", "userKey") SELECT "channel", "createdAt", "id", "lastSeenAt", "locale", "role", "updatedAt", "userKey" FROM "Seeker";
DROP TABLE "Seeker";
ALTER TABLE "new_Seeker" RENAME TO "Seeker";
CREATE UNIQUE INDEX "Seeker_userKey_key" ON "Seeker"("userKey");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "Employer_userKey_key" ON "Employer"("userKey");

-- CreateIndex
CREATE UNIQUE INDEX "Vacancy_externalId_key" ON "Vacancy"("externalId");

-- CreateIndex
CREATE INDEX "Vacancy_status_closesAt_idx" ON "Vacancy"("status", "closesAt");

-- CreateIndex
CREATE INDEX "MediationRequest_status_createdAt_idx" ON "MediationRequest"("status", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "MediationRequest_seekerId_vacancyId_key" ON "MediationRequest"("seekerId", "vacancyId");

-- CreateIndex
CREATE INDEX "Introduction_status_createdAt_idx" ON "Introduction"("status", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Introduction_vacancyId_seekerId_key" ON "Introduction"("vacancyId", "seekerId");

-- CreateIndex
CREATE UNIQUE INDEX "TransitionGroup_code_key" ON "TransitionGroup"("code");

