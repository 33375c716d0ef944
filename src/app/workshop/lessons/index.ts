/** The lessons, in the order a workshop usually takes them. */
import type { Lesson } from '../types';
import { capacityLesson } from './capacity';
import { closedLoopLesson } from './closedLoop';
import { deploy2019Lesson } from './deploy2019';
import { herdLesson } from './herd';
import { retriesLesson } from './retries';
import { twitter2022Lesson } from './twitter2022';
import { wastedWorkLesson } from './wastedWork';

export const LESSONS: readonly Lesson[] = [herdLesson, retriesLesson, wastedWorkLesson, capacityLesson, closedLoopLesson, deploy2019Lesson, twitter2022Lesson];

export function lessonById(id: string | null | undefined): Lesson | undefined {
  return LESSONS.find((l) => l.id === id);
}
