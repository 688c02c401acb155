-- CreateTable
CREATE TABLE "Overview" (
    "id" TEXT NOT NULL,
    "seekerId" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "data" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Overview_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OverviewCode" (
    "id" TEXT NOT NULL,
    "overviewId" TEXT NOT NULL,
    "codeHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usesLeft" INTEGER NOT NULL,
    "withdrawnAt" TIMESTAMP(3),
    "textVersion" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OverviewCode_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OverviewOpening" (
    "id" SERIAL NOT NULL,
    "codeId" TEXT NOT NULL,
    "organisation" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OverviewOpening_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Overview_seekerId_key" ON "Overview"("seekerId");

-- CreateIndex
CREATE UNIQUE INDEX "OverviewCode_codeHash_key" ON "OverviewCode"("codeHash");

-- CreateIndex
CREATE INDEX "OverviewCode_overviewId_idx" ON "OverviewCode"("overviewId");

-- CreateIndex
CREATE INDEX "OverviewOpening_codeId_idx" ON "OverviewOpening"("codeId");

-- AddForeignKey
ALTER TABLE "Overview" ADD CONSTRAINT "Overview_seekerId_fkey" FOREIGN KEY ("seekerId") REFERENCES "Seeker"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OverviewCode" ADD CONSTRAINT "OverviewCode_overviewId_fkey" FOREIGN KEY ("overviewId") REFERENCES "Overview"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OverviewOpening" ADD CONSTRAINT "OverviewOpening_codeId_fkey" FOREIGN KEY ("codeId") REFERENCES "OverviewCode"("id") ON DELETE CASCADE ON UPDATE CASCADE;

