-- AlterTable
ALTER TABLE "AdvisorSession" ADD COLUMN "seenAt" DATETIME;

-- AlterTable
ALTER TABLE "Handoff" ADD COLUMN "closingToldAt" DATETIME;
ALTER TABLE "Handoff" ADD COLUMN "queueTold" JSONB;
ALTER TABLE "Handoff" ADD COLUMN "queueToldAt" DATETIME;

