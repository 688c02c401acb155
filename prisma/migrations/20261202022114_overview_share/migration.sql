-- CreateTable
CREATE TABLE "Overview" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "seekerId" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "data" JSONB NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Overview_seekerId_fkey" FOREIGN KEY ("seekerId") REFERENCES "Seeker" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "OverviewCode" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "overviewId" TEXT NOT NULL,
    "codeHash" TEXT NOT NULL,
    "expiresAt" DATETIME NOT NULL,
    "usesLeft" INTEGER NOT NULL,
    "withdrawnAt" DATETIME,
    "textVersion" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "OverviewCode_overviewId_fkey" FOREIGN KEY ("overviewId") REFERENCES "Overview" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "OverviewOpening" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "codeId" TEXT NOT NULL,
    "organisation" TEXT NOT NULL,
    "at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "OverviewOpening_codeId_fkey" FOREIGN KEY ("codeId") REFERENCES "OverviewCode" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Overview_seekerId_key" ON "Overview"("seekerId");

-- CreateIndex
CREATE UNIQUE INDEX "OverviewCode_codeHash_key" ON "OverviewCode"("codeHash");

-- CreateIndex
CREATE INDEX "OverviewCode_overviewId_idx" ON "OverviewCode"("overviewId");

-- CreateIndex
CREATE INDEX "OverviewOpening_codeId_idx" ON "OverviewOpening"("codeId");

