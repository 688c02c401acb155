-- AlterTable
ALTER TABLE "AdvisorSession" ADD COLUMN     "seenAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Handoff" ADD COLUMN     "closingToldAt" TIMESTAMP(3),
ADD COLUMN     "queueTold" JSONB,
ADD COLUMN     "queueToldAt" TIMESTAMP(3);

