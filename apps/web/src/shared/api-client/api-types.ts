import type { components, paths } from './api-schema';

/**
 * A named schema of the API (`ApiSchema<'Appointment'>`): the shape an answer has. The shape a request
 * sends has the `Input` suffix (`ApiSchema<'BookAppointmentRequestInput'>`), as the OpenAPI document names it.
 */
export type ApiSchema<Name extends keyof components['schemas']> = components['schemas'][Name];

type Method = 'get' | 'put' | 'post' | 'delete' | 'patch';

type Operation<P extends keyof paths, M extends Method> = NonNullable<paths[P][M]>;

type JsonOf<Content> = Content extends { content: { 'application/json': infer Json } } ? Json : never;

type SuccessCode = 200 | 201 | 202;

/** The JSON answer of a route on success: `ApiResponse<'/api/v1/me'>`, `ApiResponse<'/api/v1/appointments', 'post'>`. */
export type ApiResponse<P extends keyof paths, M extends Method = 'get'> =
  Operation<P, M> extends {
    responses: infer Responses;
  }
    ? JsonOf<Responses[Extract<keyof Responses, SuccessCode>]>
    : never;

/** The JSON body a route takes. */
export type ApiRequestBody<P extends keyof paths, M extends Method = 'post'> =
  Operation<P, M> extends {
    requestBody?: infer Body;
  }
    ? JsonOf<NonNullable<Body>>
    : never;

/** The query parameters of a route. */
export type ApiQuery<P extends keyof paths, M extends Method = 'get'> = NonNullable<
  Operation<P, M> extends { parameters: { query?: infer Query } } ? Query : never
>;
