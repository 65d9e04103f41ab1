-- CreateTable
CREATE TABLE "oncall_schedules" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "time_zone" TEXT NOT NULL,
    "layers" JSONB NOT NULL,
    "feed_token_hash" TEXT,
    "created_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "oncall_schedules_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "oncall_overrides" (
    "id" UUID NOT NULL,
    "schedule_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "starts_at" TIMESTAMPTZ(3) NOT NULL,
    "ends_at" TIMESTAMPTZ(3) NOT NULL,
    "created_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "oncall_overrides_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "oncall_schedules_name_key" ON "oncall_schedules"("name");

-- CreateIndex
CREATE UNIQUE INDEX "oncall_schedules_feed_token_hash_key" ON "oncall_schedules"("feed_token_hash");

-- CreateIndex
CREATE INDEX "oncall_overrides_schedule_id_ends_at_idx" ON "oncall_overrides"("schedule_id", "ends_at");

-- CreateIndex
CREATE INDEX "oncall_overrides_user_id_idx" ON "oncall_overrides"("user_id");

-- AddForeignKey
ALTER TABLE "oncall_overrides" ADD CONSTRAINT "oncall_overrides_schedule_id_fkey" FOREIGN KEY ("schedule_id") REFERENCES "oncall_schedules"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "oncall_overrides" ADD CONSTRAINT "oncall_overrides_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
