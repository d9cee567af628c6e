-- AlterTable
ALTER TABLE "Commitment" ADD COLUMN     "proposalEdited" BOOLEAN NOT NULL DEFAULT false;

