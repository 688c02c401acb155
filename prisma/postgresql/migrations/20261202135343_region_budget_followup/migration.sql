-- AlterTable
ALTER TABLE "Seeker" ADD COLUMN     "regionId" TEXT;

-- CreateTable
CREATE TABLE "SchemeBudget" (
    "id" TEXT NOT NULL,
    "regionId" TEXT NOT NULL,
    "schemeId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "totalCents" INTEGER NOT NULL,
    "grantedCents" INTEGER NOT NULL DEFAULT 0,
    "paidCents" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SchemeBudget_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BudgetApplication" (
    "id" TEXT NOT NULL,
    "regionId" TEXT NOT NULL,
    "schemeId" TEXT NOT NULL,
    "seekerId" TEXT NOT NULL,
    "data" JSONB NOT NULL,
    "costCents" INTEGER NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'requested',
    "grantedCents" INTEGER,
    "paidCents" INTEGER NOT NULL DEFAULT 0,
    "reason" TEXT,
    "decidedBy" TEXT,
    "decidedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "BudgetApplication_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BudgetLedgerEntry" (
    "id" TEXT NOT NULL,
    "budgetId" TEXT NOT NULL,
    "applicationId" TEXT,
    "kind" TEXT NOT NULL,
    "amountCents" INTEGER NOT NULL,
    "month" TEXT NOT NULL,
    "actor" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BudgetLedgerEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FollowUp" (
    "id" TEXT NOT NULL,
    "seekerId" TEXT NOT NULL,
    "conversationId" TEXT,
    "channel" TEXT NOT NULL,
    "referralType" TEXT NOT NULL,
    "subjectId" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "regionId" TEXT,
    "providerId" TEXT,
    "providerName" TEXT NOT NULL,
    "dueAt" TIMESTAMP(3) NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'scheduled',
    "outcome" TEXT,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "claimedAt" TIMESTAMP(3),
    "askedAt" TIMESTAMP(3),
    "answeredAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "FollowUp_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FollowUpOutcome" (
    "id" TEXT NOT NULL,
    "regionId" TEXT,
    "referralType" TEXT NOT NULL,
    "providerId" TEXT,
    "providerName" TEXT NOT NULL,
    "outcome" TEXT NOT NULL,
    "month" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FollowUpOutcome_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "SchemeBudget_regionId_schemeId_year_key" ON "SchemeBudget"("regionId", "schemeId", "year");

-- CreateIndex
CREATE INDEX "BudgetApplication_regionId_status_createdAt_idx" ON "BudgetApplication"("regionId", "status", "createdAt");

-- CreateIndex
CREATE INDEX "BudgetLedgerEntry_budgetId_month_idx" ON "BudgetLedgerEntry"("budgetId", "month");

-- CreateIndex
CREATE INDEX "FollowUp_status_dueAt_idx" ON "FollowUp"("status", "dueAt");

-- CreateIndex
CREATE INDEX "FollowUp_seekerId_status_idx" ON "FollowUp"("seekerId", "status");

-- CreateIndex
CREATE INDEX "FollowUpOutcome_regionId_month_idx" ON "FollowUpOutcome"("regionId", "month");

-- AddForeignKey
ALTER TABLE "BudgetApplication" ADD CONSTRAINT "BudgetApplication_seekerId_fkey" FOREIGN KEY ("seekerId") REFERENCES "Seeker"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BudgetLedgerEntry" ADD CONSTRAINT "BudgetLedgerEntry_budgetId_fkey" FOREIGN KEY ("budgetId") REFERENCES "SchemeBudget"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BudgetLedgerEntry" ADD CONSTRAINT "BudgetLedgerEntry_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "BudgetApplication"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FollowUp" ADD CONSTRAINT "FollowUp_seekerId_fkey" FOREIGN KEY ("seekerId") REFERENCES "Seeker"("id") ON DELETE CASCADE ON UPDATE CASCADE;

