-- AlterTable
ALTER TABLE "Proposal" ADD COLUMN     "markedAt" TIMESTAMP(3),
ADD COLUMN     "markedBy" TEXT,
ADD COLUMN     "notFitting" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "notFittingReason" TEXT;

