-- AlterTable
ALTER TABLE "Seeker" ADD COLUMN     "groupId" TEXT;

-- CreateTable
CREATE TABLE "Employer" (
    "id" TEXT NOT NULL,
    "organisation" TEXT NOT NULL,
    "contact" JSONB NOT NULL,
    "userKey" TEXT,
    "channel" TEXT,
    "conversationId" TEXT,
    "consentAt" TIMESTAMP(3),
    "consentVersion" TEXT,
    "createdBy" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Employer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Vacancy" (
    "id" TEXT NOT NULL,
    "employerId" TEXT,
    "status" TEXT NOT NULL DEFAULT 'draft',
    "title" TEXT NOT NULL,
    "occupationUri" TEXT,
    "postcode" TEXT,
    "data" JSONB NOT NULL,
    "source" TEXT NOT NULL,
    "externalId" TEXT,
    "closesAt" TIMESTAMP(3),
    "publishedAt" TIMESTAMP(3),
    "publishedBy" TEXT,
    "closedAt" TIMESTAMP(3),
    "closedReason" TEXT,
    "createdBy" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Vacancy_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MediationRequest" (
    "id" TEXT NOT NULL,
    "seekerId" TEXT NOT NULL,
    "vacancyId" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'open',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "handledAt" TIMESTAMP(3),
    "handledBy" TEXT,

    CONSTRAINT "MediationRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Introduction" (
    "id" TEXT NOT NULL,
    "vacancyId" TEXT NOT NULL,
    "seekerId" TEXT NOT NULL,
    "advisorId" TEXT,
    "advisorName" TEXT NOT NULL,
    "why" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'voorgesteld',
    "outcomeReason" TEXT,
    "history" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Introduction_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TransitionGroup" (
    "id" TEXT NOT NULL,
    "employerId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "headcount" INTEGER NOT NULL,
    "work" TEXT NOT NULL,
    "endsAt" TIMESTAMP(3),
    "arrangement" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TransitionGroup_pkey" PRIMARY KEY ("id")
);

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

-- AddForeignKey
ALTER TABLE "Seeker" ADD CONSTRAINT "Seeker_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "TransitionGroup"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Vacancy" ADD CONSTRAINT "Vacancy_employerId_fkey" FOREIGN KEY ("employerId") REFERENCES "Employer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MediationRequest" ADD CONSTRAINT "MediationRequest_seekerId_fkey" FOREIGN KEY ("seekerId") REFERENCES "Seeker"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MediationRequest" ADD CONSTRAINT "MediationRequest_vacancyId_fkey" FOREIGN KEY ("vacancyId") REFERENCES "Vacancy"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Introduction" ADD CONSTRAINT "Introduction_vacancyId_fkey" FOREIGN KEY ("vacancyId") REFERENCES "Vacancy"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Introduction" ADD CONSTRAINT "Introduction_seekerId_fkey" FOREIGN KEY ("seekerId") REFERENCES "Seeker"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TransitionGroup" ADD CONSTRAINT "TransitionGroup_employerId_fkey" FOREIGN KEY ("employerId") REFERENCES "Employer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

