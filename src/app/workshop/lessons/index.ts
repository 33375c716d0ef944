/** The lessons, in the order a workshop usually takes them. */
import type { Lesson } from '../types';
import { capacityLesson } from './capacity';
import { closedLoopLesson } from './closedLoop';
import { cloudflare2024Lesson } from './cloudflare2024';
import { coordinatedOmissionLesson } from './coordinatedOmission';
import { deploy2019Lesson } from './deploy2019';
import { herdLesson } from './herd';
import { reddit2017Lesson } from './reddit2017';
import { retriesLesson } from './retries';
import { shopify2020Lesson } from './shopify2020';
import { twitter2022Lesson } from './twitter2022';
import { wastedWorkLesson } from './wastedWork';

export const LESSONS: readonly Lesson[] = [
  herdLesson,
  retriesLesson,
  wastedWorkLesson,
  capacityLesson,
  closedLoopLesson,
  deploy2019Lesson,
  reddit2017Lesson,
  shopify2020Lesson,
  twitter2022Lesson,
  cloudflare2024Lesson,
  coordinatedOmissionLesson,
];

export function lessonById(id: string | null | undefined): Lesson | undefined {
  return LESSONS.find((l) => l.id === id);
}
