/** Redis connection for BullMQ (ioredis, as BullMQ requires: no per-request retry limit). */
import { Redis } from 'ioredis';

export const QUEUE_NAME = 'budgetlens-jobs';

export const redisConnection = (url: string) => new Redis(url, { maxRetriesPerRequest: null, lazyConnect: false });
