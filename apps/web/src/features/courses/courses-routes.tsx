import type { RouteObject } from 'react-router';
import { lazyPage } from '../../app/lazy-page';

const CourseCataloguePage = lazyPage(() =>
  import('./course-catalogue.page').then((m) => m.CourseCataloguePage),
);
const CourseDetailPage = lazyPage(() => import('./course-detail.page').then((m) => m.CourseDetailPage));
const MyCoursesPage = lazyPage(() => import('./my-courses.page').then((m) => m.MyCoursesPage));

/** «Обучение» of the doctor's cabinet, relative to `/doctor`: the catalogue, a course, «Мои курсы». */
export const coursesRoutes: RouteObject[] = [
  { path: 'courses', element: <CourseCataloguePage /> },
  { path: 'courses/my', element: <MyCoursesPage /> },
  { path: 'courses/:courseId', element: <CourseDetailPage /> },
];
